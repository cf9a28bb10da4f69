-- primary_key/custom_name_new_table: a new table whose primary key has a non-default name and two columns
create table memberships (org integer, member integer, constraint "Membership PK" primary key (org, member));
