# Shared by scripts/start and scripts/test.
PNPM_VERSION=10.34.9

ensure_pnpm() {
  if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "› installing pnpm $PNPM_VERSION"
    npm install -g "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

install_deps() {
  ensure_pnpm
  echo "› installing dependencies"
  pnpm install --frozen-lockfile
}
