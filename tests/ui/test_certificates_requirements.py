"""The Requirements view (player/certificates/requirements_view.py) driven as a learner sees it:
each requirement in words with the course's item titles and what is left, the certificate's
state, a right-to-left layout, and the keyboard path through the list."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QLocale, Qt

from player.certificates.paper import long_date
from player.certificates.records import CertificateState, RequirementsPage
from player.certificates.requirements_view import DONE_ROLE, RequirementsDialog
from sync.requirements import ForumRequirement, Requirements, evaluate, facts_from

TITLES = {"m1-video": "Why freedom of expression matters", "m1-reading": "The three-part test",
          "m1-quiz": "Quiz 1", "m1-forum": "Discuss: necessity", "m2-forum": "Discuss: sources"}
ENDS = datetime(2026, 12, 31, 23, 59, 59, tzinfo=timezone.utc)
REQUIREMENTS = Requirements(required_items=("m1-video", "m1-reading"), quizzes_passed=("m1-quiz",),
                            forum=(ForumRequirement(("m1-forum",), 2),), reply_to_colleague=True,
                            ends=ENDS)


def page(facts, state=CertificateState.NOT_EARNED, now=datetime(2026, 6, 1, tzinfo=timezone.utc),
         requirements=REQUIREMENTS) -> RequirementsPage:
    return RequirementsPage("foe-intro-en", "Freedom of expression", evaluate(requirements, facts, now),
                            TITLES, state, requirements.ends)


def dialog(qtbot) -> RequirementsDialog:
    d = RequirementsDialog(None, "foe-intro-en")
    qtbot.addWidget(d)
    return d


def test_each_requirement_in_words_with_what_is_left(qtbot):
    d = dialog(qtbot)
    d.view.show_page(page(facts_from(["m1-video"], posts={"m1-forum": 1})))
    assert d.view.rows() == [
        "Complete “Why freedom of expression matters” — Done",
        "Complete “The three-part test” — Not done yet",
        "Pass “Quiz 1” — Not passed yet",
        "Post at least 2 times in “Discuss: necessity” — 1 more post to go",
        "Reply to at least one colleague in the discussions — No reply to a colleague yet",
        "Before " + long_date(ENDS, QLocale()),
    ]
    assert [d.view.list.item(i).data(DONE_ROLE) for i in range(5)] == \
        ["done", "left", "left", "left", "left"]
    assert d.view.state_label.text() == "Certificate: not yet earned. 4 requirements left."
    assert d.view.summary_label.text() == "1 of 5 requirements done"


def test_states_of_the_certificate(qtbot):
    d = dialog(qtbot)
    done = facts_from(["m1-video", "m1-reading"], ["m1-quiz"], {"m1-forum": 3}, True)
    d.view.show_page(page(done))
    assert "earned, waiting to sync" in d.view.state_label.text()
    assert all(row.endswith("Done") for row in d.view.rows()[:5])
    d.view.show_page(page(done, CertificateState.ISSUED))
    assert d.view.state_label.text().startswith("Certificate: issued.")
    d.view.show_page(page(done, CertificateState.REVOKED))
    assert d.view.state_label.text().startswith("Certificate: revoked.")
    # the run ended before the learner was done
    late = page(facts_from(["m1-video"]), now=datetime(2027, 1, 5, tzinfo=timezone.utc))
    d.view.show_page(late)
    assert "course ended before every requirement was done" in d.view.state_label.text()
    assert d.view.rows()[-1].startswith("Before " + long_date(ENDS, QLocale()) + " — ")
    # a course that declares nothing to do awards nothing
    d.view.show_page(RequirementsPage("x", "Empty", evaluate(Requirements(()), facts_from([])),
                                      no_certificate=True))
    assert d.view.state_label.text() == "This course does not award a certificate."
    assert d.view.rows() == []


def test_forum_in_any_of_several_discussions(qtbot):
    d = dialog(qtbot)
    req = Requirements(required_items=(), forum=(ForumRequirement(("m1-forum", "m2-forum"), 1),))
    d.view.show_page(page(facts_from([]), requirements=req))
    assert d.view.rows() == ["Post at least 1 time in “Discuss: necessity” or “Discuss: sources” "
                             "— 1 more post to go"]


def test_keyboard_and_names(qtbot):
    d = dialog(qtbot)
    d.view.show_page(page(facts_from(["m1-video"])))
    d.show()
    qtbot.waitExposed(d)
    assert d.focusWidget() is d.view.list  # the list has the focus when the window is active
    qtbot.keyClick(d.view.list, Qt.Key.Key_Down)
    assert d.view.list.currentRow() == 1
    for widget in (d, d.view.list, d.view.state_label, d.close_button):
        assert widget.accessibleName()
    assert d.view.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == d.view.rows()[1]
    qtbot.keyClick(d.view.list, Qt.Key.Key_Escape)
    assert not d.isVisible()


def test_right_to_left(qtbot, rtl):
    d = dialog(qtbot)
    d.view.show_page(page(facts_from(["m1-video"])))
    d.show()
    qtbot.waitExposed(d)
    assert d.view.list.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the list's rows start at the right: the first row's text ends on the right half
    rect = d.view.list.visualItemRect(d.view.list.item(0))
    assert rect.right() > d.view.list.viewport().width() // 2
