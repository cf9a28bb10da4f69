-- default_privilege/tables_before_and_after_default_privileges: new tables created before the default privileges have no grants, those created after carry them in their ACL
create table accounts (id integer primary key, name text not null);
