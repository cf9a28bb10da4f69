-- privilege/truncate_references_trigger: a role with SELECT on a table is also given TRUNCATE, REFERENCES and TRIGGER
create table staging (id integer primary key, payload text);
grant select on staging to app_admin;
