//! actorgraph turns news articles into a graph of who did what with whom.
//!
//! The pipeline runs in one direction, one module a stage: articles are read
//! ([`ingest`]), their body is found ([`clean`]), split into sentences
//! ([`sentence`]), the actors the [`gazetteer`] knows are found and resolved to
//! one node each ([`resolve`]), relations between them are found with their
//! status, date, place and evidence ([`relate`]), and everything is merged into
//! a [`graph::Graph`] that [`export`] writes as GraphML, GEXF, DOT or JSON.
//! Every annotation is a [`span::Span`] into the original text.

pub mod article;
pub mod clean;
pub mod date;
pub mod diag;
pub mod error;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod ingest;
pub mod model;
pub mod parts;
pub mod pipeline;
pub mod query;
pub mod relate;
pub mod resolve;
pub mod sample;
pub mod sentence;
pub mod span;
pub mod text;
pub mod token;
