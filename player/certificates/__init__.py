"""The learner's certificates in the player: the printable page (`paper`), the requirements
checklist of a course (`requirements_view`), the certificates screen (`screen`)."""
