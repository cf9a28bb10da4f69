-- privilege/quoted_roles: grants to roles whose names need quoting: capitals and a space, a double quote inside
create table reports (id integer primary key, title text not null, body text);
grant select on reports to "Report Reader";
