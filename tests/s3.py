"""A real S3 API on the loopback address: moto's server, on a free port, until the block ends."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

from waiting import wait_for

READY_SECONDS = 60
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}


def answers(endpoint: str) -> bool:
    try:
        urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=2).close()
    except OSError:
        return False
    return True


@contextmanager
def s3_server() -> Iterator[str]:
    """Yields the endpoint URL of a fresh moto server."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: answers(endpoint) or server.poll() is not None, READY_SECONDS, f"moto's server on {endpoint}")
        if server.poll() is not None:
            raise RuntimeError(f"moto's server on {endpoint} exited with {server.returncode}")
        yield endpoint
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
