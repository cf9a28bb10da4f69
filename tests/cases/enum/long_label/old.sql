-- enum/long_label: a label of 63 bytes added (NAMEDATALEN - 1)
create type t63 as enum ('short');
