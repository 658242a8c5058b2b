class Program_weight_tensor_meta_L_pixel_values_:
    name = "L_pixel_values_"
    shape = [1, 3, 224, 224]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 1.005
    data = None


class Program_weight_tensor_meta_object_getattribute_L_self_config_num_hidden_layers_:
    name = "object_getattribute_L_self_config_num_hidden_layers_"
    shape = []
    dtype = "torch.int64"
    device = "cpu"
    mean = None
    std = None
    data = [4]


class Program_weight_tensor_meta_L_self_modules_vit_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_weight_:
    name = "L_self_modules_vit_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_weight_"
    shape = [192, 3, 16, 16]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_bias_:
    name = "L_self_modules_vit_modules_embeddings_modules_patch_embeddings_modules_projection_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_embeddings_parameters_cls_token_:
    name = "L_self_modules_vit_modules_embeddings_parameters_cls_token_"
    shape = [1, 1, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.003
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_embeddings_parameters_position_embeddings_:
    name = "L_self_modules_vit_modules_embeddings_parameters_position_embeddings_"
    shape = [1, 197, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_0_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_1_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_2_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_3_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_4_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_5_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_6_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_7_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_8_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_9_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_10_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_before_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_before_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_before_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_before_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_key_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_key_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_key_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_key_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_value_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_value_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_value_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_value_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_query_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_query_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_query_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_attention_modules_query_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_output_modules_dense_parameters_weight_"
    shape = [192, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_attention_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_after_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_after_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_after_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_layernorm_after_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_intermediate_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_intermediate_modules_dense_parameters_weight_"
    shape = [768, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_intermediate_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_intermediate_modules_dense_parameters_bias_"
    shape = [768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_output_modules_dense_parameters_weight_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_output_modules_dense_parameters_weight_"
    shape = [192, 768]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = -0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_output_modules_dense_parameters_bias_:
    name = "L_self_modules_vit_modules_encoder_modules_layer_modules_11_modules_output_modules_dense_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_layernorm_parameters_weight_:
    name = "L_self_modules_vit_modules_layernorm_parameters_weight_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 1.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_vit_modules_layernorm_parameters_bias_:
    name = "L_self_modules_vit_modules_layernorm_parameters_bias_"
    shape = [192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_weight_:
    name = "L_self_modules_classifier_parameters_weight_"
    shape = [1000, 192]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.020
    data = None


class Program_weight_tensor_meta_L_self_modules_classifier_parameters_bias_:
    name = "L_self_modules_classifier_parameters_bias_"
    shape = [1000]
    dtype = "torch.float32"
    device = "cuda:0"
    mean = 0.000
    std = 0.000
    data = None
