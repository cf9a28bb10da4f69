-- sequence/create_with_defaults: a new sequence with every option left at its default
create sequence counter;
