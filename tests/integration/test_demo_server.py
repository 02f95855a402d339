"""``--demo`` takes its port before the window shows and starts the simulator after."""

from __future__ import annotations

import threading

import requests

from pos_app.gui.demo import DemoServer


def test_a_call_made_before_the_simulator_starts_waits_and_is_answered() -> None:
    server = DemoServer()
    answers: list[int] = []
    caller = threading.Thread(
        target=lambda: answers.append(requests.get(f"{server.url}/__sim/health", timeout=10).status_code)
    )
    try:
        caller.start()
        caller.join(0.3)
        assert caller.is_alive() and answers == []  # waiting in the port's backlog
        server.start_in_background()
        caller.join(10)
        assert answers == [200]
        assert server.start() is server.start()  # started once
        assert server.state.current_otp("919777788221") is None
    finally:
        server.stop()


def test_stopping_a_demo_that_never_started_frees_its_port() -> None:
    server = DemoServer()
    server.stop()
    assert server.listener.fileno() == -1


def test_a_demo_stopped_before_its_background_start_starts_nothing() -> None:
    """The app may quit before the window's first frames are over: the late start must not try a
    closed port (it raised in its thread)."""
    server = DemoServer()
    server.stop()
    errors: list[BaseException] = []
    previous = threading.excepthook
    threading.excepthook = lambda hook: errors.append(hook.exc_value)  # type: ignore[assignment]
    try:
        server.start_in_background()
        for thread in threading.enumerate():
            if thread.name == "pos-app-demo-start":
                thread.join(5)
    finally:
        threading.excepthook = previous
    assert errors == []
