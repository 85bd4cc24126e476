-- Blanks the staged phone numbers once hashed: the warehouse file keeps no phone in clear.
update stg_customer set phone = null where phone is not null
