"""The parts of the forum view (`player.item_views.forum_item_view.ForumItemView`).

- `posts`: others' posts shown safely (untrusted Markdown, nothing loaded), and the words for
  a post's place in the outbox;
- `compose`: where the learner writes (the writing box, the send button, a new thread's page);
- `thread_list`: the discussion's threads (pinned questions first, what is new);
- `post_actions`: Report… on others' posts, Hide…/Restore… for moderators;
- `reason`: the dialog that asks why (a report, a moderator's decision).
"""
