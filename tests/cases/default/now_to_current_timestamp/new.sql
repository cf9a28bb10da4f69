-- default/now_to_current_timestamp: now() becomes CURRENT_TIMESTAMP (same meaning, different expression text)
create table t (id integer primary key, created timestamptz default current_timestamp);
