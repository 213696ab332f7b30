"""The `newscorpus` command: a thin layer over the library. Exit codes: 0 ok, 1 problems found, 2 usage (or another
build holds the corpus folder), 130 interrupted."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path

from . import __version__

OK, PROBLEMS, USAGE, INTERRUPTED = 0, 1, 2, 130


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return USAGE
    return args.run(args)


def run(argv: list[str] | None = None) -> None:
    """The console script. After a build everything is written and closed, so it exits without freeing every object
    (a fifth of a second, a tenth of a build with nothing new)."""
    argv = sys.argv[1:] if argv is None else argv
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        code = main(argv)
    except KeyboardInterrupt as e:  # Ctrl-C or SIGTERM, at any moment of any command: one line, no traceback
        print(e.args[0] if e.args else "interrupted: run again to resume", file=sys.stderr)
        code = INTERRUPTED
    finally:
        signal.signal(signal.SIGTERM, previous)
    if argv[:1] == ["build"]:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def init(args) -> int:
    from .folder import init_corpus

    for path in init_corpus(args.dir):
        print(f"created {path}")
    return OK


def build(args) -> int:
    from .build import build
    from .build.lock import BuildLocked
    from .ingest.readers import FieldMap

    try:
        fields = FieldMap.parse(args.field).with_defaults({"published": args.published} if args.published else {})
    except ValueError as e:
        return _usage(str(e))
    if isinstance(args.dir, Path) and not (args.dir / "raw").is_dir():
        return _usage(f"{args.dir}: no raw/ folder (make one with `newscorpus init {args.dir}`)")
    try:
        report = build(args.dir, args.card, workers=args.workers, fields=fields, progress=sys.stderr,
                       verbose=args.verbose)
    except BuildLocked as e:
        return _usage(str(e))
    for rejected in report.rejected:
        print(f"rejected: {rejected}", file=sys.stderr)
    counts = report.stats.counts()
    print(f"built {_plural(counts['articles'], 'article')}, {_plural(counts['entities'], 'entity mention')}, "
          f"{_plural(counts['dates'], 'date expression')} in {args.dir} with {_plural(report.workers, 'worker')}; "
          f"{_plural(len(report.rejected), 'input')} rejected" + (f" (listed in {args.dir}/rejected.jsonl)"
                                                                  if report.rejected else "")
          + "".join(f"; {count:,} skipped: {reason}" for reason, count in sorted(report.skipped.items())))
    return PROBLEMS if args.strict and report.rejected else OK


def _corpus(value: str) -> Path | str:
    """A corpus folder's path, or its URL as given (a `Path` would fold `s3://` into `s3:/`)."""
    return value if "://" in value else Path(value)


def validate(args) -> int:
    from .dataset.validate import validate

    if not args.dir.is_dir():
        return _usage(f"{args.dir}: not a folder")
    problems = validate(args.dir)
    for problem in problems:
        print(problem)
    print(f"{args.dir}: {_plural(len(problems), 'problem')}" if problems else f"{args.dir}: valid", file=sys.stderr)
    return PROBLEMS if problems else OK


def annotate(args) -> int:
    from .annotate import annotate

    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    print(json.dumps(annotate(text, args.published), ensure_ascii=False, indent=2))
    return OK


def report(args) -> int:
    from .report import build_site

    try:
        figures = build_site(args.dir, args.out)
    except FileNotFoundError as e:
        print(e, file=sys.stderr)
        return PROBLEMS
    print(f"{sum(figures.months_published.values()):,} article pages and the corpus page in {args.out / 'index.html'}")
    return OK


def evaluate(args) -> int:
    if args.extraction:
        return evaluate_extraction(args)
    from .evaluate import CORPORA, default_systems, evaluate, load_corpus
    from .evaluate.report import format_errors, format_table, quality_json

    names = args.corpus or list(CORPORA)
    corpora = {name: load_corpus(name, args.gold / CORPORA[name].folder, args.limit) for name in names}
    result = evaluate(corpora, default_systems({task for name in names for task in CORPORA[name].tasks}))
    if args.errors:
        print(format_errors(result.errors))
    print(format_table(result.quality))
    output = args.output or (Path("corpus/quality.json") if args.corpus is None and args.limit is None else None)
    if output:
        output.write_text(quality_json(result.quality), encoding="utf-8")
        print(f"wrote {output}")
    return OK


def evaluate_extraction(args) -> int:
    import statistics

    from .evaluate.extraction import DEV_SET, extract_body, format_scores, load_pages, score

    folder = args.gold / DEV_SET
    try:
        pages = load_pages(folder, args.limit)
    except FileNotFoundError as e:
        return _usage(str(e))
    runs = [score(pages, extract_body) for _ in range(max(1, args.repeat))]
    print(format_scores(runs[0], per_page=args.errors))
    if len(runs) > 1:
        rates = sorted(run.pages_per_cpu_second for run in runs)
        print(f"pages per CPU second over {len(runs)} runs: median {statistics.median(rates):.1f} "
              f"(min {rates[0]:.1f}, max {rates[-1]:.1f})")
    return OK


def bench(args) -> int:
    from .tools.bench import format_figures, run

    figures = run(args.input, args.limit)
    print(json.dumps(figures, indent=2) if args.json else format_figures(figures))
    return OK


def release(args) -> int:
    from .tools.release import ReleaseError, release

    try:
        tag = release(Path.cwd(), args.version)
    except ReleaseError as e:
        print(f"release failed: {e}", file=sys.stderr)
        return PROBLEMS
    print(f"released {tag}; publish it with: newscorpus publish corpus")
    return OK


def publish(args) -> int:
    from .tools.publish import PublishError, plan, publish, withheld_message

    try:
        release = plan(args.dir, args.repo)
    except PublishError as e:
        print(e, file=sys.stderr)
        return PROBLEMS
    if release.withheld:
        print(withheld_message(release), file=sys.stderr)
    from huggingface_hub import HfApi, get_token

    token = get_token()
    dry = args.dry_run or not token
    for name in release.files:
        print(f"{'would upload' if dry else 'upload'} {name}")
    if dry:
        why = "--dry-run" if args.dry_run else "no Hugging Face token"
        print(f"dry run ({why}): would upload {len(release.files)} files to {release.repo_id} and tag {release.tag}",
              file=sys.stderr)
        return OK
    try:
        commit = publish(args.dir, release, HfApi(token=token))
    except PublishError as e:
        print(e, file=sys.stderr)
        return PROBLEMS
    print(f"published {release.repo_id} {release.tag} (commit {commit})", file=sys.stderr)
    return OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newscorpus", description=__doc__.split(":")[0] + ".")
    parser.add_argument("--version", action="version", version=f"newscorpus {__version__}")
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(command=name, run=run)
        return sub

    sub = command("init", init, "make a corpus folder: raw/, curation/, card.md and a .gitignore for the cache")
    sub.add_argument("dir", type=Path, metavar="DIR")

    sub = command("build", build, "build the dataset in DIR from the inputs in DIR/raw/ (page files, .jsonl, .csv)")
    sub.add_argument("dir", nargs="?", type=_corpus, default=Path("corpus"), metavar="DIR",
                     help="the corpus folder, or an fsspec URL such as s3://bucket/corpus (default: %(default)s)")
    sub.add_argument("--card", type=Path, metavar="FILE",
                     help="the card text to render (default: DIR/card.md, else the one the package ships)")
    sub.add_argument("--published", type=_iso_date, metavar="DATE",
                     help="publication date (YYYY-MM-DD) of every input that gives none (no sidecar, row field or "
                          "folder defaults.json saying otherwise)")
    sub.add_argument("--workers", type=int, help="worker processes (default: one per core for large inputs)")
    sub.add_argument("--field", action="append", default=[], metavar="RECORD=ROW",
                     help="which row field of a .jsonl/.csv collection holds a record field, e.g. --field text=body "
                          "--field published=date (a <file>.fields.json next to a collection does the same)")
    sub.add_argument("--strict", action="store_true", help="exit 1 if any input is rejected (default: exit 0 once a "
                                                            "valid dataset is written; rejections are listed)")
    sub.add_argument("--verbose", action="store_true", help="log datatrove's steps and stats to stderr too")

    sub = command("validate", validate, "check a built dataset folder; one line per problem (file: record: field)")
    sub.add_argument("dir", type=Path, metavar="DIR")

    sub = command("annotate", annotate, "annotate text (a file, or - for standard input) and print the JSON")
    sub.add_argument("file", nargs="?", default="-", metavar="FILE", help="the text (default: standard input)")
    sub.add_argument("--published", type=_iso_date, metavar="DATE",
                     help="publication date (YYYY-MM-DD) that relative dates resolve against")

    sub = command("report", report, "write a static HTML report of a built dataset")
    sub.add_argument("dir", type=Path, metavar="DIR")
    sub.add_argument("--out", type=Path, default=Path("build/report"),
                     help="folder to write the site into; replaced (default: %(default)s)")

    sub = command("evaluate", evaluate, "score the annotators against gold data and write quality.json "
                                        "(or, with --extraction, the HTML article extraction)")
    sub.add_argument("--gold", type=Path, default=Path("../shared/eval"),
                     help="folder holding the gold sets (default: %(default)s)")
    sub.add_argument("--corpus", action="append", help="evaluate on this corpus only; repeat for several")
    sub.add_argument("--limit", type=int, metavar="N", help="the first N documents of each corpus, for a quick run")
    sub.add_argument("--errors", action="store_true", help="also print each document's missed/spurious/wrong spans")
    sub.add_argument("--output", type=Path, metavar="PATH",
                     help="write the figures here (default for a full run: corpus/quality.json)")
    sub.add_argument("--extraction", action="store_true",
                     help="score HTML article extraction on GOLD/article-extraction-dev instead: body F1, precision, "
                          "recall (--errors: per page) and pages per CPU second")
    sub.add_argument("--repeat", type=int, default=1, metavar="N",
                     help="with --extraction: extract N times and report the median speed (default: %(default)s)")

    sub = command("bench", bench, "benchmark the build on a JSON Lines collection: articles/s and words/s with 1 and 2 "
                                  "workers against bare nlp.pipe, peak memory, adding one article, reading back")
    sub.add_argument("--input", type=Path, default=Path("../shared/bench/reuters21578.jsonl"),
                     help="JSON Lines collection (default: %(default)s)")
    sub.add_argument("--limit", type=int, help="use only the first LIMIT rows: a quick run")
    sub.add_argument("--json", action="store_true", help="print the figures as JSON")

    sub = command("release", release, "release the CHANGELOG's unreleased changes: set the version, stamp the "
                                      "CHANGELOG, rebuild, validate, commit and tag")
    sub.add_argument("version", nargs="?",
                     help="major, minor or patch (bump the last release; default: major if the record schema's major "
                          "version changed, else minor) or an explicit X.Y.Z; a first release is always 1.0.0, and an "
                          "unreleased entry that names its version is released as that version")

    sub = command("publish", publish, "upload a released dataset folder to the Hugging Face Hub: HEAD must be its "
                                      "release tag, the tree clean and the folder valid; raw/ only if every source's "
                                      "license permits redistribution")
    sub.add_argument("dir", nargs="?", type=Path, default=Path("corpus"), metavar="DIR",
                     help="the built dataset folder (default: %(default)s)")
    sub.add_argument("--repo", default="newscorpus/newscorpus", help="Hub dataset repository (default: %(default)s)")
    sub.add_argument("--dry-run", action="store_true", help="list what would be uploaded, upload nothing")
    return parser


def _iso_date(value: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _usage(message: str) -> int:
    print(f"newscorpus: {message}", file=sys.stderr)
    return USAGE


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
