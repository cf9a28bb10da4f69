-- enum/add_value_middle: a label added between two existing ones
create type status as enum ('draft', 'review', 'sent');
