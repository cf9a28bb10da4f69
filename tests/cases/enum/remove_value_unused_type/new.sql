-- enum/remove_value_unused_type: a label is removed from an enum no column uses (the type is recreated)
create type status as enum ('draft', 'sent');
