#!/usr/bin/env bash
# make bench-import: a 10,000-row registration list in the shape of the Saint-Aubin sample
# (Google Forms: comma, quotes, dd/mm/yyyy, names in capitals, language lists, "stay together
# with"), imported by the release `visitplanner import participants` into the sample visit;
# beside it sqlite3's `.import` of the same file into a plain table. Target: ≤ 1 s.
# Results go to the terminal and to bench-output/import-results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${BENCH_ROWS:-10000}
runs=${BENCH_RUNS:-5}
out=bench-output/import
mkdir -p "$out"
bin=$(swift build -c release --show-bin-path)/visitplanner
[ -x "$bin" ] || { echo "bench-import: no release build at $bin (make bench-import builds it)" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "bench-import: sqlite3 is not installed (apt install sqlite3)" >&2; exit 1; }

csv="$out/participants-$rows.csv"
python3 - "$rows" "$csv" <<'PY'
import sys, random
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
families = ["BONNET", "MERCIER", "BERNARD", "ROUX", "FOURNIER", "GUÉRIN", "GIRARD", "DUBOIS", "BLANC", "LEFÈVRE",
            "MOREAU", "LAURENT", "SIMON", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUSSEAU", "VINCENT", "MÜLLER"]
givens = ["Léa", "Hugo", "Élodie", "Maël", "Louise", "Léo", "Zoé", "Jade", "Éthan", "Inès", "Lucas", "Chloé",
          "Noé", "Anaïs", "Théo", "Manon", "Raphaël", "Camille", "Gaël", "Maëlys"]
langs = ['"français (langue maternelle), anglais (B1)"', '"français (langue maternelle), anglais (B1), allemand (A2)"',
         "français (langue maternelle)", '"français (langue maternelle), anglais (C1), tchèque (A2)"']
diets = ["", "", "", "végétarien", "sans gluten", "sans porc", "vegan"]
allergies = ["", "", "", "pollen", "lactose", "arachides"]
pets = ["Non"] * 8 + ["Oui (chats)", "Oui"]
roles = ["Jeune"] * 8 + ["Accompagnateur", "Adulte"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("Horodateur,Nom,Prénom,Date de naissance,Sexe,Adresse e-mail,Téléphone,Langues parlées,Régime alimentaire,"
            "Allergies,Allergie aux animaux,Fumeur,Je souhaite être logé(e) avec,Catégorie,Remarques,Autorisation parentale signée\r\n")
    previous = ""
    for i in range(rows):
        family, given = families[i % 20], givens[(i // 20) % 20]
        day = 1 + (i * 7) % 28
        month = 1 + (i // 400) % 12
        year = 1960 + (i * 13) % 55
        name = f"{given} {family.capitalize()}"
        together = previous if i % 10 == 1 else ""
        note = '"Remarque, avec virgule et ""guillemets"""' if i % 50 == 0 else ""
        f.write(f"04/03/2027 01:43:02,{family},{given},{day:02d}/{month:02d}/{year},{'Femme' if i % 2 else 'Homme'},"
                f"p{i}@example.fr,+33 6 {i % 100:02d} 23 35 43,{random.choice(langs)},{random.choice(diets)},"
                f"{random.choice(allergies)},{random.choice(pets)},Non,{together},{random.choice(roles)},{note},Oui\r\n")
        previous = name
PY

{
  echo "machine: $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), $(swift --version 2>&1 | head -1), $(sqlite3 --version | cut -d' ' -f1-2)"
  echo "file: $csv ($rows rows, $(du -k "$csv" | cut -f1) KiB)"
  best=""; times=()
  for run in $(seq "$runs"); do
    db="$out/bench.sqlite3"
    rm -f "$db" "$db"-wal "$db"-shm
    "$bin" --database "$db" demo >/dev/null
    start=$(date +%s.%N)
    "$bin" --database "$db" import participants --visit 1 --town Saint-Aubin-sur-Loire "$csv" > "$out/import.log"
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  count=$(sqlite3 "$out/bench.sqlite3" "SELECT count(*) FROM participant")
  echo "visitplanner import participants (release, whole process, $runs runs): $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "best %.3f s, median %.3f s", a[1], a[int((NR+1)/2)]}'); participants in the database after: $count"
  start=$(date +%s.%N)
  "$bin" --database "$out/bench.sqlite3" import participants --visit 1 --town Saint-Aubin-sur-Loire "$csv" --dry-run --json > /dev/null
  end=$(date +%s.%N)
  echo "the same file again, --dry-run --json (10,000 duplicates found): $(echo "$end - $start" | bc | awk '{printf "%.3f s", $1}')"
  stimes=()
  for run in $(seq "$runs"); do
    rm -f "$out/plain.sqlite3"
    start=$(date +%s.%N)
    sqlite3 "$out/plain.sqlite3" ".mode csv" ".import $csv plain"
    end=$(date +%s.%N)
    stimes+=("$(echo "$end - $start" | bc)")
  done
  echo "sqlite3 .import into a plain table ($runs runs): $(printf '%s\n' "${stimes[@]}" | sort -n | awk '{a[NR]=$1} END {printf "best %.3f s, median %.3f s", a[1], a[int((NR+1)/2)]}'); rows: $(sqlite3 "$out/plain.sqlite3" 'SELECT count(*) FROM plain')"
} | tee "$out/../import-results.txt"
