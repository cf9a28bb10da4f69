-- primary_key/deferrable: a primary key becomes DEFERRABLE INITIALLY DEFERRED (recreated)
create table t (id integer primary key deferrable initially deferred);
