#!/usr/bin/env python3
"""Publish the built dataset folder to the Hugging Face Hub, tagged with its version (e.g. v1.0.0).

Without a Hugging Face token (HF_TOKEN, or `hf auth login`), or with --dry-run, it only lists what it
would upload and the tag it would create. The folder is validated first; an invalid one is not published.
"""

import argparse
import sys
from pathlib import Path

from newscorpus.card import HUB_REPO
from newscorpus.publish import PublishError, plan, publish


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("corpus"),
                        help="the built dataset folder (default: %(default)s)")
    parser.add_argument("--repo", default=HUB_REPO, help="Hub dataset repository (default: %(default)s)")
    parser.add_argument("--dry-run", action="store_true", help="list what would be uploaded, upload nothing")
    args = parser.parse_args(argv)
    try:
        release = plan(args.corpus, args.repo)
    except PublishError as e:
        print(e, file=sys.stderr)
        return 1
    from huggingface_hub import HfApi, get_token

    token = get_token()
    dry = args.dry_run or not token
    for name in release.files:
        print(f"{'would upload' if dry else 'upload'} {name}")
    if dry:
        why = "--dry-run" if args.dry_run else "no Hugging Face token"
        print(f"dry run ({why}): would upload {len(release.files)} files to {release.repo_id} "
              f"and tag {release.tag}", file=sys.stderr)
        return 0
    try:
        commit = publish(args.corpus, release, HfApi(token=token))
    except PublishError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"published {release.repo_id} {release.tag} (commit {commit})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
