-- policy/drop_table_with_policies: a table with row level security forced, policies and a policy comment is dropped; another table stays
create table notes (id integer primary key, body text);
