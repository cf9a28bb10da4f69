-- generated/change_expression: the generation expression of the last column changes (dropped and added again)
create table people (first text, last text, full_name text generated always as (last || ', ' || first) stored);
