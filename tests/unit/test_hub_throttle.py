"""The login throttle with a fake clock: exponential waits per user and per address."""
from __future__ import annotations

from hub.auth import LoginThrottle, hash_password, verify_password
from hub.errors import HubError, HubErrorKind
from hub.settings import LoginPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def wait_needed(throttle: LoginThrottle, user: str, addr: str) -> int | None:
    try:
        throttle.check(user, addr)
        return None
    except HubError as exc:
        assert exc.kind is HubErrorKind.RATE_LIMITED and exc.status == 429
        return exc.retry_after


def test_delays_double_per_user_after_the_free_attempts():
    clock = Clock()
    t = LoginThrottle(LoginPolicy(free_attempts=3, address_free_attempts=100, base_delay=2, max_delay=30), clock)
    waits = []
    for _ in range(7):
        assert wait_needed(t, "judge", "10.0.0.1") is None
        t.failed("judge", "10.0.0.1")
        waits.append(wait_needed(t, "Judge", "10.0.0.2"))  # names are case-insensitive
        if waits[-1]:
            clock.now += waits[-1]
    assert waits == [None, None, 2, 4, 8, 16, 30]
    t.succeeded("judge")
    assert wait_needed(t, "judge", "10.0.0.3") is None


def test_address_limit_spans_user_names_and_survives_a_success():
    clock = Clock()
    t = LoginThrottle(LoginPolicy(free_attempts=3, address_free_attempts=4, base_delay=1, max_delay=60), clock)
    for n in range(4):
        t.failed(f"user{n}", "192.0.2.7")
    assert wait_needed(t, "someone-else", "192.0.2.7") == 1
    assert wait_needed(t, "someone-else", "192.0.2.8") is None
    t.succeeded("someone-else")
    assert wait_needed(t, "someone-else", "192.0.2.7") == 1


def test_failures_are_forgotten_after_a_quiet_hour():
    clock = Clock()
    t = LoginThrottle(LoginPolicy(free_attempts=1, base_delay=100, max_delay=900, forget_after=3600), clock)
    t.failed("judge", "a")
    t.failed("judge", "a")
    assert wait_needed(t, "judge", "a") == 200
    clock.now += 3601
    assert wait_needed(t, "judge", "a") is None


def test_default_policy_is_realistic():
    p = LoginPolicy()
    assert 3 <= p.free_attempts <= 10 and p.base_delay >= 1 and p.max_delay >= 300
    assert p.address_free_attempts > p.free_attempts  # courts share one address behind a proxy


def test_scrypt_hashes_verify_and_differ_by_salt():
    a, b = hash_password("s3cret password", n=2**10), hash_password("s3cret password", n=2**10)
    assert a != b and a.startswith("scrypt$1024$8$1$")
    assert verify_password("s3cret password", a) and not verify_password("s3cret passworD", a)
    assert not verify_password("x", "garbage")
