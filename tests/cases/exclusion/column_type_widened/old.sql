-- exclusion/column_type_widened: a varchar column under a btree exclusion constraint is widened (varchar(20) to varchar(50)); no rewrite, the constraint stays
create table plates (id integer primary key, plate varchar(20) not null, constraint plates_plate_excl exclude using btree (plate with =));
insert into plates values (1, 'AB-123'), (2, 'CD-456');
