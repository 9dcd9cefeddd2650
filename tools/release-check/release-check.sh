#!/usr/bin/env bash
# Runs the release profile as a release would, on a copy of the tracked files at a release version, signing with a
# throwaway OpenPGP key and staging into that copy's target/staging; then checks what was staged (CheckStaging.java)
# and zips it as a Maven Central bundle. Nothing is uploaded and nothing is installed into ~/.m2.
#
#   tools/release-check/release-check.sh [version]        (default: the project's version without -SNAPSHOT)
#
# Needs a JDK 17+ and gpg (only to make the throwaway key; the build signs with BouncyCastle).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
snapshot=$(sed -n 's#^  <version>\(.*\)</version>#\1#p' "$root/pom.xml" | head -1)
version=${1:-${snapshot%-SNAPSHOT}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "release check: ivs-java $version (from $snapshot) in $work"
mkdir "$work/src"
(cd "$root" && git ls-files -z | xargs -0 cp --parents -t "$work/src")
find "$work/src" -name pom.xml -exec sed -i "s#$snapshot#$version#g" {} +

export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
passphrase="release-check-$RANDOM$RANDOM"
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
    --quick-gen-key "ivs-java release check <release-check@invalid>" rsa3072 sign never
MAVEN_GPG_KEY=$(gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys)
export MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE="$passphrase"

(cd "$work/src" && ./mvnw -B -q -Prelease -DskipTests -Dinvoker.skip=true -Dmaven.install.skip=true deploy)

java "$root/tools/release-check/CheckStaging.java" "$work/src/target/staging" "$work/src/ivs-bom/pom.xml" "$version" \
    "$root/target/central-bundle-$version.zip"

# Every signature verifies with the throwaway key's public half.
signatures=0
while IFS= read -r -d '' asc; do
  gpg --batch --quiet --verify "$asc" "${asc%.asc}" 2>/dev/null || { echo "FAILED: bad signature $asc"; exit 1; }
  signatures=$((signatures + 1))
done < <(find "$work/src/target/staging" -name '*.asc' -print0)
echo "signatures verified: $signatures"
