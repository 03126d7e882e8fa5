#!/bin/sh
# Uploads the OpenAI-format files and starts a fine-tuning job on any service with the OpenAI fine-tuning API.
# Usage, from compiled/:  sh instructor/openai/submit.sh sft|preference [model]
# Needs OPENAI_API_KEY; OPENAI_BASE_URL selects another compatible service.
set -eu
kind="$1"
model="${2:-gpt-4.1-mini-2025-04-14}"
base="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
dir="$(cd "$(dirname "$0")" && pwd)"
upload() {
  curl -sS "$base/files" -H "Authorization: Bearer $OPENAI_API_KEY" -F purpose=fine-tune -F "file=@$1" |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}
case "$kind" in
  sft) method='{"type": "supervised"}' ;;
  preference) method='{"type": "dpo", "dpo": {"hyperparameters": {"beta": 0.1}}}' ;;
  *) echo "usage: $0 sft|preference [model]" >&2; exit 2 ;;
esac
train="$(upload "$dir/$kind.train.jsonl")"
valid=""
if [ -s "$dir/$kind.validation.jsonl" ]; then valid=", \"validation_file\": \"$(upload "$dir/$kind.validation.jsonl")\""; fi
curl -sS "$base/fine_tuning/jobs" -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d "{\"model\": \"$model\", \"training_file\": \"$train\"$valid, \"method\": $method, \"seed\": 20240306}"
echo
