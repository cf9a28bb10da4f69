-- statistics/covered_generated_column_recreated: a generated column the statistics cover changes its expression (dropped and added again); the statistics come back
create table people (id integer primary key, first text, last text, full_name text generated always as (last || ', ' || first) stored);
create statistics people_last_full (dependencies) on last, full_name from people;
alter statistics people_last_full set statistics 900;
