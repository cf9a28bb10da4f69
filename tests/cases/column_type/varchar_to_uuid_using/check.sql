select count(*) = 1 as t from t where ref = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid;
