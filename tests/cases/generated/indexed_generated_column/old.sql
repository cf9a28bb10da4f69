-- generated/indexed_generated_column: an index is built on an existing generated column
create table t (email text, email_lower text generated always as (lower(email)) stored);
