-- quoting/kept_through_ugly_column_renames: columns with quoted, capitalised, spaced and keyword names are renamed; their indexes, constraints and view are kept
create table t (id integer primary key, "New Name" text, "order" text, xy integer);
create index t_old_name_idx on t ("New Name");
create index t_lower_idx on t (lower("New Name"), ("New Name" || "order"));
create index t_mail_idx on t ("order") where xy > 0;
alter table t add constraint t_check check ("New Name" <> 'Old Name' and xy >= 0);
alter table t add constraint t_key unique ("order", xy);
create view v as select "New Name" as "Old Name", "order" as mail, xy as "x""y" from t where "New Name" <> 'mail';
