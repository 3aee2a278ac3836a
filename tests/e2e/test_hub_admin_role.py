"""`lectern-hub role USER admin`: court IT makes a hub-wide admin for the staff console
(issue #18) and takes it away again; a family role still needs its family."""
from __future__ import annotations


def test_admin_is_hub_wide_and_a_family_role_needs_its_family(hub, new_course, make_learner):
    course = new_course()
    staff = make_learner(course.course_id)
    made = hub.cli("role", staff.username, "admin")
    assert "admin of the whole hub" in made.stdout
    audit = hub.cli("audit").stdout
    assert f"role\t-\tuser:{staff.username}" in audit  # who made whom admin, when
    hub.cli("role", staff.username, "learner")                 # no family: the admin role goes
    assert "learner of the whole hub" in hub.cli("role", staff.username, "learner").stdout
    refused = hub.cli("role", staff.username, "instructor", check=False)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "name the family" in refused.stderr
