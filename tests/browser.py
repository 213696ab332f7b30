"""Headless Chromium driven through the DevTools protocol over a pipe (`--remote-debugging-pipe`: JSON messages
ended by NUL on file descriptors 3 and 4), so a test can type and click as a reader does. No library needed."""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path

from waiting import wait_for

CHROMIUM = shutil.which("chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync",
         "--disable-component-update", "--no-first-run", "--hide-scrollbars", "--window-size=1200,1400"]


def _above_4(fd: int) -> int:
    """The same pipe end on a descriptor above 4, which the child's 3 and 4 cannot overwrite."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Browser:
    def __init__(self, profile: Path, timeout: float = 60):
        assert CHROMIUM, "chromium is not installed: `make test` installs it (apt-get install -y chromium)"
        self.timeout, self.next_id, self.buffer = timeout, 0, b""
        to_browser, self._to_browser = map(_above_4, os.pipe())
        self._from_browser, from_browser = map(_above_4, os.pipe())

        def on_fds_3_and_4():
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        self.process = subprocess.Popen([CHROMIUM, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}",
                                         "about:blank"], preexec_fn=on_fds_3_and_4, close_fds=False,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.send("Browser.close")
            self.process.wait(timeout=self.timeout)
        except (OSError, TimeoutError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        """Call `method`; its result, or an AssertionError with the protocol's error."""
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._receive()
            if answer.get("id") == self.next_id:
                assert "error" not in answer, f"{method}: {answer['error']}"
                return answer["result"]

    def _receive(self) -> dict:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self.buffer:
            ready, _, _ = select.select([self._from_browser], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                raise TimeoutError(f"chromium said nothing for {self.timeout:.0f} s")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise OSError("chromium closed its pipe")
            self.buffer += chunk
        message, _, self.buffer = self.buffer.partition(b"\0")
        return json.loads(message)

    def open(self, url: str) -> Page:
        target = self.send("Target.createTarget", {"url": url})["targetId"]
        page = Page(self, self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"])
        page.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")
        return page


class Page:
    def __init__(self, browser: Browser, session: str):
        self.browser, self.session = browser, session

    def evaluate(self, expression: str):
        result = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True},
                                   self.session)
        assert "exceptionDetails" not in result, f"{expression}: {result['exceptionDetails']}"
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30):
        return wait_for(lambda: self.evaluate(expression), timeout, expression)

    def click(self, selector: str) -> None:
        """A mouse click in the middle of the element `selector` finds, as a reader's."""
        box = self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
                            "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); "
                            "return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.browser.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left",
                                                           "clickCount": 1}, self.session)

    def type(self, selector: str, text: str) -> None:
        """Click into the element and type `text` key by key."""
        self.click(selector)
        for char in text:
            for kind in ("keyDown", "keyUp"):
                self.browser.send("Input.dispatchKeyEvent", {"type": kind, "text": char if kind == "keyDown" else "",
                                                             "key": char}, self.session)
