-- owner/old_owner_keeps_select: a table owned by own_report goes back to postgres, and own_report is granted SELECT on it
create table reports (id integer primary key, body text);
grant select on reports to own_report;
