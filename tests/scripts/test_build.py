import hashlib
import json
import os
import sys

import pandas as pd
from paths import SCRIPTS
from waiting import run

SCRIPT = SCRIPTS / "build.py"
BUFFERED = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output to a pipe, as in CI logs


def test_the_summary_and_rejections_are_printed_and_listed_and_only_strict_fails_on_a_rejection(tmp_path):
    rows = [{"headline": "ACME BUYS BETA", "date": "1987-03-02T10:00:00",
             "body": "Acme Corp of New York said on Friday it would buy Beta Inc. Reuter"},
            {"headline": "NO BODY", "date": "1987-03-02T10:00:00"}]
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    command = [sys.executable, str(SCRIPT), str(tmp_path), "--field", "text=body",
               "--field", "title=headline", "--field", "published=date"]

    result = run([*command, "--workers", "2"], timeout=600, env=BUFFERED)
    assert result.returncode == 0, result.stderr[-3000:]  # a valid dataset was written; the rejection is listed
    assert result.stdout.startswith("built 1 article, ")
    assert result.stdout.endswith(f" with 2 workers; 1 input rejected (listed in {tmp_path / 'rejected.jsonl'})\n")
    assert "rejected: raw/wire.jsonl#L2: no text" in result.stderr
    line = json.dumps(rows[1]).encode()
    assert [json.loads(r) for r in (tmp_path / "rejected.jsonl").read_text().splitlines()] == [
        {"path": "raw/wire.jsonl#L2", "problem": "no text: field 'body' is missing or empty",
         "sha256": hashlib.sha256(line).hexdigest()}]
    strict = run([*command, "--strict"], timeout=600, env=BUFFERED)
    assert strict.returncode == 1, strict.stderr[-3000:]
    assert pd.read_parquet(tmp_path / "data" / "articles")["title"].tolist() == ["ACME BUYS BETA"]

    (tmp_path / "raw" / "wire.jsonl").write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    result = run(command, timeout=600, env=BUFFERED)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.endswith("; 0 inputs rejected\n")
