-- quoting/kept_through_ugly_column_renames: columns with quoted, capitalised, spaced and keyword names are renamed; their indexes, constraints and view are kept
create table t (id integer primary key, "Old Name" text, mail text, "x""y" integer);
create index t_old_name_idx on t ("Old Name");
create index t_lower_idx on t (lower("Old Name"), ("Old Name" || mail));
create index t_mail_idx on t (mail) where "x""y" > 0;
alter table t add constraint t_check check ("Old Name" <> 'Old Name' and "x""y" >= 0);
alter table t add constraint t_key unique (mail, "x""y");
create view v as select "Old Name", mail, "x""y" from t where "Old Name" <> 'mail';
insert into t values (1, 'a', 'b', 2);
