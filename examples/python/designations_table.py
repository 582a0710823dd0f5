#!/usr/bin/env python3
"""Designations of one national IP programme as a table: one dict per member, ready for pandas.

    pip install -r requirements.txt
    python3 examples/python/designations_table.py --programme 国家知识产权强市建设试点城市
    python3 examples/python/designations_table.py --uri bolt://127.0.0.1:7687 --password ip-city-graph --csv

Connects with the official Neo4j driver (defaults: the project's local Neo4j, NEO4J_URI /
NEO4J_USERNAME / NEO4J_PASSWORD when set), reads in a read transaction, and prints the rows as JSON
(or CSV with --csv). With pandas installed, `pandas.DataFrame(rows)` is the table.
"""
import argparse
import csv
import json
import os
import sys

from neo4j import GraphDatabase, READ_ACCESS

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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", default=os.environ.get("NEO4J_URI") or "bolt://127.0.0.1:7687")
    parser.add_argument("--username", default=os.environ.get("NEO4J_USERNAME") or "neo4j")
    parser.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD") or "ip-city-graph")
    parser.add_argument("--database", default=os.environ.get("NEO4J_DATABASE") or "neo4j")
    parser.add_argument("--programme", default="国家知识产权强市建设试点城市")
    parser.add_argument("--csv", action="store_true", help="print CSV instead of JSON")
    args = parser.parse_args(argv)

    with GraphDatabase.driver(args.uri, auth=(args.username, args.password)) as driver:
        rows = fetch_designations(driver, args.programme, args.database)

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
