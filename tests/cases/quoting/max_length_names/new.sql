-- quoting/max_length_names: names of exactly 63 bytes for a table, columns (one of two-byte characters), an index and a constraint
create table t (id integer, "éééééééééééééééééééééééééééééééx" text);
create table abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk (
    column_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcd integer
        constraint check_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcde check (column_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcd > 0));
create index index_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcde
    on abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk (column_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcd);
