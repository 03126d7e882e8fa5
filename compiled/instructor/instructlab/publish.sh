#!/bin/sh
# Pushes the knowledge documents (documents/*.md) to a git repository and writes its URL and the commit into
# every taxonomy/**/qna.yaml, as InstructLab requires. Usage, from compiled/:
#   sh instructor/instructlab/publish.sh <git-repository-url> [branch]
set -eu
repo="$1"
branch="${2:-main}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work"
cp "$here"/documents/*.md "$work"/
cd "$work"
git add -- *.md
git commit --quiet --allow-empty -m "Knowledge documents compiled by regc"
git push --quiet origin "HEAD:$branch"
commit="$(git rev-parse HEAD)"
find "$here/taxonomy" -name qna.yaml | while read -r f; do
  sed -e "s|^  repo: .*|  repo: $repo|" -e "s|^  commit: .*|  commit: $commit|" "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
echo "documents pushed to $repo at $commit; qna.yaml files updated"
