-- a domain over an existing enum, with a check naming a label, is created for a new column
create type mood as enum ('sad', 'ok', 'happy');
create domain good_mood as mood constraint good_mood_not_sad check (value <> 'sad');
create table diary (id int primary key, mood mood, best good_mood);
insert into diary values (1, 'ok');
