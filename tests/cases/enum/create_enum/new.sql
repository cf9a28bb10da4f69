-- enum/create_enum: a new enum type
create type mood as enum ('sad', 'ok', 'happy');
