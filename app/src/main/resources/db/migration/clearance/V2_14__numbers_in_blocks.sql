-- the pre-entry and inventory numbers are taken fifty at a time (ReceiptRepository.NUMBERS_AT_ONCE): a statement
-- every fifty parcels instead of two a parcel; a node that stops leaves the rest of its block unused
alter sequence pre_no_seq increment by 50;
alter sequence invt_no_seq increment by 50;
