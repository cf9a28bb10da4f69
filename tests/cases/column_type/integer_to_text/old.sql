-- column_type/integer_to_text: integer becomes text (assignment cast, rows kept as their digits)
create table t (id integer primary key, code integer);
insert into t values (1, 42);
