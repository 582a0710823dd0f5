#!/usr/bin/env python3
"""Designations of one national IP programme as a table: one dict per member, ready for pandas.

    npm run setup        # once: creates .venv with the packages in requirements.txt
    .venv/bin/python examples/python/designations_table.py --programme 国家知识产权强市建设试点城市
    .venv/bin/python examples/python/designations_table.py --uri bolt://127.0.0.1:7687 --password ip-city-graph --csv

Connects with the official Neo4j driver to the database the server uses: NEO4J_URI / NEO4J_USERNAME /
NEO4J_PASSWORD when set, else the project's local Neo4j on LOCAL_NEO4J_BOLT_PORT (default 7687). Both
are read from the environment first, then from the project's .env (or DOTENV_CONFIG_PATH), as the server
reads them. It reads in a read transaction and prints the rows as JSON (or CSV with --csv). With pandas
installed, `pandas.DataFrame(rows)` is the table.
"""
import argparse
import csv
import json
import os
import sys

from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

PROJECT_ROOT = Path(__file__).resolve().parents[2]

QUERY = """
MATCH (p:Programme) WHERE $programme IN [p.name, p.nameEn, p.id]
MATCH (c:City)-[d:DESIGNATED_IN]->(p)
RETURN c.name AS city,
       c.nameEn AS cityEn,
       c.adcode AS adcode,
       head([(c)-[:LOCATED_IN*1..2]->(pr:Province) | pr.name]) AS province,
       toInteger(d.year) AS year,
       d.batch AS batch,
       d.term AS term,
       d.confidence AS confidence,
       size(d.sourceIds) AS sourceCount,
       d.sourceIds AS sourceIds
ORDER BY year, province, city
"""

COLUMNS = ["city", "cityEn", "adcode", "province", "year", "batch", "term", "confidence", "sourceCount", "sourceIds"]


def fetch_designations(driver, programme, database="neo4j"):
    """Returns a list of dicts, one per designation of `programme` (name, English name or id)."""
    records, _, _ = driver.execute_query(QUERY, {"programme": programme}, database_=database, routing_="r")
    return [record.data() for record in records]


def read_env_file(path):
    """KEY=VALUE lines of a .env file (comments and blank lines skipped); {} when there is none."""
    values = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return values
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().removeprefix("export ").strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key] = value
    return values


def settings():
    """The environment over the project's .env, as the server reads its configuration."""
    env_file = os.environ.get("DOTENV_CONFIG_PATH") or str(PROJECT_ROOT / ".env")
    return {**read_env_file(env_file), **os.environ}


def main(argv=None):
    env = settings()
    default_uri = env.get("NEO4J_URI") or f"bolt://127.0.0.1:{env.get('LOCAL_NEO4J_BOLT_PORT') or 7687}"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", default=default_uri, help=f"default: {default_uri}")
    parser.add_argument("--username", default=env.get("NEO4J_USERNAME") or "neo4j")
    parser.add_argument("--password", default=env.get("NEO4J_PASSWORD") or "ip-city-graph")
    parser.add_argument("--database", default=env.get("NEO4J_DATABASE") or "neo4j")
    parser.add_argument("--programme", default="国家知识产权强市建设试点城市")
    parser.add_argument("--csv", action="store_true", help="print CSV instead of JSON")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for the database (default 5)")
    args = parser.parse_args(argv)

    try:
        with GraphDatabase.driver(
            args.uri,
            auth=(args.username, args.password),
            connection_timeout=args.timeout,
            connection_acquisition_timeout=args.timeout,
            max_transaction_retry_time=args.timeout,
        ) as driver:
            driver.verify_connectivity()
            rows = fetch_designations(driver, args.programme, args.database)
    except ServiceUnavailable as err:
        sys.stderr.write(
            f"Cannot reach Neo4j at {args.uri} within {args.timeout:g} s ({err}).\n"
            "Is it running? Start it with `npm start` or `npm run db:start`; if you moved its port, set\n"
            "LOCAL_NEO4J_BOLT_PORT (or NEO4J_URI) in .env or the environment, or pass --uri.\n"
        )
        return 2
    except AuthError:
        sys.stderr.write(f"Neo4j at {args.uri} refused user {args.username!r}: set NEO4J_PASSWORD (or pass --password).\n")
        return 2

    if args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "sourceIds": json.dumps(row["sourceIds"], ensure_ascii=False)})
    else:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
