#!/usr/bin/env bash
# Keeps the handbook's one tracking issue: opens it with the text of BODY_FILE, or, when it
# is already open, replaces its text. The weekly report and a publish the build gate stopped
# both write here, so supervisors and owners have one place to look, and the title is
# written once, below.
#
# With --comment, the text is also added as a comment to an issue already open: GitHub
# notifies the people a new comment mentions, never those an edited text mentions.
#
# Needs gh (on GitHub's runners) and GH_TOKEN with `issues: write`.
set -euo pipefail

title="Handbook: reviews due and coverage gaps"

usage() {
	echo "usage: $0 BODY_FILE [--comment]" >&2
	exit 2
}
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
body=$1
comment=${2:-}
[ -z "$comment" ] || [ "$comment" = --comment ] || usage
[ -f "$body" ] || {
	echo "$0: no file $body to write into the tracking issue" >&2
	exit 2
}

# The search is by words; only an issue with exactly this title is the tracking issue.
number=$(gh issue list --state open --search "\"$title\" in:title" --json number,title --jq "[.[] | select(.title == \"$title\")][0].number // empty")
if [ -n "$number" ]; then
	gh issue edit "$number" --body-file "$body"
	if [ -n "$comment" ]; then
		gh issue comment "$number" --body-file "$body"
	fi
else
	gh issue create --title "$title" --body-file "$body"
fi
