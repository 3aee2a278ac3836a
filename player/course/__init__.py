"""The pieces of the course screen (`player.course_view`), loaded with it: the outline, the
progress chart, the outline and item panes, the progress rules, and what an open item may do
with the store. Nothing here is loaded while only the library is shown."""
