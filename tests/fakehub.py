"""A fake Hugging Face Hub on 127.0.0.1: the few endpoints `HfApi` calls to create a dataset repository, list its
refs and tree, commit files (uploaded inline, never as LFS) and tag a commit. It keeps the files of `main`."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeHub:
    def __init__(self):
        self.files: dict[str, bytes] = {}  # path -> content, on main
        self.tags: dict[str, str] = {}  # tag -> commit
        self.commits: list[dict] = []  # {"oid", "message", "added", "deleted"}
        self.requests: list[tuple[str, str]] = []  # (method, path)
        self.validated: list[str] = []  # cards sent for validation
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeHub:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def head(self) -> str:
        return self.commits[-1]["oid"] if self.commits else "0" * 40

    def route(self, method: str, path: str, body: bytes) -> tuple[int, object]:
        self.requests.append((method, path))
        path = path.split("?", 1)[0]
        if (method, path) == ("POST", "/api/repos/create"):
            repo = json.loads(body)
            return 200, {"url": f"{self.endpoint}/datasets/{repo['organization']}/{repo['name']}"}
        if (method, path) == ("POST", "/api/validate-yaml"):  # the Hub checks a card's metadata before a commit
            self.validated.append(json.loads(body)["content"])
            return 200, {}
        if not (match := re.fullmatch(r"/api/datasets/(?P<repo>[^/]+/[^/]+)/(?P<action>[a-z]+)(?:/(?P<rest>.*))?", path)):
            return 404, {"error": f"no route {method} {path}"}
        action, rest = match["action"], match["rest"]
        if action == "refs":
            return 200, {"branches": [{"name": "main", "ref": "refs/heads/main", "targetCommit": self.head()}],
                         "converts": [], "tags": [{"name": t, "ref": f"refs/tags/{t}", "targetCommit": c}
                                                   for t, c in self.tags.items()]}
        if action == "preupload":
            return 200, {"files": [{"path": f["path"], "uploadMode": "regular", "shouldIgnore": False}
                                   for f in json.loads(body)["files"]]}
        if action == "tree":
            folder = rest.split("/", 1)[1] if "/" in (rest or "") else ""
            return 200, [{"type": "file", "path": p, "size": len(c), "oid": hashlib.sha1(c).hexdigest()}
                         for p, c in sorted(self.files.items()) if p.startswith(folder)]
        if action == "commit":
            return 200, self._commit(match["repo"], body)
        if action == "tag":
            tag = json.loads(body)["tag"]
            if tag in self.tags:
                return 409, {"error": f"tag {tag} exists"}
            self.tags[tag] = rest  # the revision tagged
            return 200, {}
        return 404, {"error": f"no route {method} {path}"}

    def _commit(self, repo: str, body: bytes) -> dict:
        commit = {"added": [], "deleted": []}
        for line in body.decode("utf-8").splitlines():
            item = json.loads(line)
            value = item["value"]
            if item["key"] == "header":
                commit["message"] = value["summary"]
            elif item["key"] == "file":
                self.files[value["path"]] = base64.b64decode(value["content"])
                commit["added"].append(value["path"])
            elif item["key"] == "deletedFile":
                self.files.pop(value["path"], None)
                commit["deleted"].append(value["path"])
            else:
                raise ValueError(f"unexpected commit item {item['key']}")
        commit["oid"] = hashlib.sha1(json.dumps(commit, sort_keys=True).encode()).hexdigest()
        self.commits.append(commit)
        return {"commitUrl": f"{self.endpoint}/datasets/{repo}/commit/{commit['oid']}", "commitOid": commit["oid"],
                "pullRequestUrl": None}

    def _handler(self):
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self, method: str) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.headers.get("Content-Encoding") == "gzip":
                    import gzip

                    body = gzip.decompress(body)
                try:
                    status, answer = hub.route(method, self.path, body)
                except Exception as e:  # the test sees it as a failed request, with the reason
                    status, answer = 500, {"error": repr(e)}
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                self._serve("GET")

            def do_POST(self):
                self._serve("POST")

            def log_message(self, *args):
                pass

        return Handler
