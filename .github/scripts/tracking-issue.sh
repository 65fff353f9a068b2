#!/usr/bin/env bash
# Keeps the handbook's one tracking issue: opens it with the text of BODY_FILE, or, when it
# is already open, replaces its text. The weekly report and a publish the build gate stopped
# both write here, so supervisors and owners have one place to look, and the title is
# written once, below. Prints the issue's address.
#
# GitHub notifies the people a new issue or a new comment mentions, never those an edited
# text mentions. So, on an issue already open:
#   --comment            adds the text as a comment too;
#   --comment-file FILE  adds FILE as a comment, when FILE is not empty (the weekly
#                        report's line that mentions the people who must act).
#
# Needs gh (on GitHub's runners) and GH_TOKEN with `issues: write`.
set -euo pipefail

title="Handbook: reviews due and coverage gaps"

usage() {
	echo "usage: $0 BODY_FILE [--comment | --comment-file FILE]" >&2
	exit 2
}
if [ $# -lt 1 ]; then usage; fi
body=$1
shift
comment=""
case "${1:-}" in
"") ;;
--comment)
	[ $# -eq 1 ] || usage
	comment=$body
	;;
--comment-file)
	[ $# -eq 2 ] || usage
	comment=$2
	;;
*) usage ;;
esac
[ -f "$body" ] || {
	echo "$0: no file $body to write into the tracking issue" >&2
	exit 2
}

# The search is by words; only an issue with exactly this title is the tracking issue.
number=$(gh issue list --state open --search "\"$title\" in:title" --json number,title --jq "[.[] | select(.title == \"$title\")][0].number // empty")
if [ -n "$number" ]; then
	gh issue edit "$number" --body-file "$body" >&2
	if [ -n "$comment" ] && [ -s "$comment" ]; then
		gh issue comment "$number" --body-file "$comment" >&2
	fi
	gh issue view "$number" --json url --jq .url
else
	# A new issue's text notifies everyone it mentions.
	gh issue create --title "$title" --body-file "$body"
fi
