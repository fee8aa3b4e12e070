# Sourced by ./mvnw. Vaadin 25's Maven plugin runs inside Maven's own JVM and needs Java 21+,
# so Maven itself must run on a JDK 21+. A JAVA_HOME (or java on the PATH) of 21+ is kept;
# otherwise the newest JDK 21+ found in the usual install folders is chosen.
frontline_jdk_major() {
  # prints the feature version of the JDK at $1 (reads its 'release' file), or nothing
  [ -f "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1/release" | head -n 1
}
frontline_select_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    v=$(frontline_jdk_major "$JAVA_HOME")
    [ -n "$v" ] && [ "$v" -ge 21 ] && return 0
  elif command -v java >/dev/null 2>&1; then
    home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
    v=$(frontline_jdk_major "$home")
    [ -n "$v" ] && [ "$v" -ge 21 ] && return 0
  fi
  best="" bestv=0
  set +f  # mvnw runs with globbing off
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* /opt/java/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(frontline_jdk_major "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d bestv=$v; fi
  done
  set -f
  if [ -n "$best" ]; then
    JAVA_HOME=$best
    export JAVA_HOME
  else
    echo "Frontline needs a JDK 21 or newer: set JAVA_HOME to one." >&2
    exit 1
  fi
}
frontline_select_jdk
