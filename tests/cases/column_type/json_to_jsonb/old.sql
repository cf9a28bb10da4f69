-- column_type/json_to_jsonb: json becomes jsonb
create table t (id integer primary key, doc json);
insert into t values (1, '{"a": 1}');
