-- owner/grantee_becomes_owner: a table owned by postgres, with SELECT granted to own_report and INSERT to own_app, is given to own_report
create table reports (id integer primary key, body text);
grant select on reports to own_report;
grant insert on reports to own_app;
